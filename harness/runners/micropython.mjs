// Runs one Python file under MicroPython's WebAssembly port (npm package
// @micropython/micropython-webassembly-pyscript), the way `python FILE` would:
// the program's output goes to stdout, an uncaught exception to stderr with
// exit status 1. pyprior diff uses it as `--impl micropython`.
//
// usage: node harness/runners/micropython.mjs FILE.py
import { readFileSync } from "node:fs";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";

const path = process.argv[2];
if (!path) {
  process.stderr.write("usage: node micropython.mjs FILE.py\n");
  process.exit(2);
}

const source = readFileSync(path, "utf8");
// Output is collected and written once: thousands of small synchronous
// writes to a pipe cost more than the programs themselves.
const lines = [];
const mp = await loadMicroPython({
  heapsize: 64 * 1024 * 1024,  // batches of thousands of functions outgrow the 1 MiB default
  stdout: (line) => lines.push(line),
  stderr: (line) => process.stderr.write(line + "\n"),
  linebuffer: true,
});

let status = 0;
try {
  mp.runPython(source);
} catch (error) {
  process.stderr.write(String(error) + "\n");
  status = 1;
}
process.stdout.write(lines.length ? lines.join("\n") + "\n" : "");
process.exitCode = status;
