import 'dotenv/config';
import { registerCommands } from './register-commands.js';

// `npm run discord:register`: all logic lives in registerCommands so tests can run it.
process.exitCode = await registerCommands({ env: process.env });
