/**
 * The executable: runs the command on the process's arguments and streams. A reader that closes the pipe early
 * (`| head`) ends the output quietly (EPIPE, or any other failed write): the rest is dropped and the exit code stays the command's own.
 */
import { main } from './cli.js';

let closed = false;
const quietOnClose = () => {
  closed = true;
};
process.stdout.on('error', quietOnClose);
process.stderr.on('error', quietOnClose);

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => {
    if (!closed) process.stdout.write(text);
  },
  stderr: (text) => {
    if (!closed) process.stderr.write(text);
  },
});
