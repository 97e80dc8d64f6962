import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

/**
 * The tsconfig a merchant backend compiles the generated Node client with: strict, ES2022, Node's
 * ESM resolution, this project's @types/node. `root`: the project root; `include`: the files.
 */
export function nodeClientTsconfig(root: string, include: string[], extra: Record<string, unknown> = {}) {
  return {
    compilerOptions: {
      strict: true,
      target: "es2022",
      lib: ["es2022"],
      module: "nodenext",
      moduleResolution: "nodenext",
      types: ["node"],
      typeRoots: [path.join(root, "node_modules/@types")],
      outDir: "out",
      skipLibCheck: true,
      ...extra,
    },
    include,
  };
}

export type Run = { code: number; stdout: string; stderr: string };

const execFileAsync = promisify(execFile);

/** Run a process to its end (60 s at most); its exit code and output, never a throw. */
export async function runProcess(command: string, args: string[], env: Record<string, string>, cwd: string): Promise<Run> {
  try {
    const { stdout, stderr } = await execFileAsync(command, args, { cwd, env: { ...process.env, ...env }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === "number" ? failed.code : 1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}
