#!/usr/bin/python3.11
"""Differential fuzzer: random one-line operations under python3.11 and moat.

A batch is one program: a prelude of helper classes, then one line per
operation, P(i, lambda: <expression>), which prints the result's repr or the
exception's type and message. Each operation is tried under this CPython first
and dropped if it is slow, huge or does not compile, so a batch never dies on a
budget. Both interpreters run the batch; every line that differs (addresses
masked) goes to OUT/diffs_<seed>.txt, and the batch program is kept beside it
when any did. classify.py groups the differences by shape.

Exit status: 0 when both interpreters completed every batch (differences are
findings, not failures), 1 when either exited abnormally or lost a line.
"""
import argparse
import collections
import contextlib
import io
import os
import random
import re
import resource
import signal
import subprocess
import sys
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import builtin_ops  # noqa: E402
import module_ops  # noqa: E402

SUITES = {
    'builtins': (builtin_ops.PRELUDE, builtin_ops.CATS, builtin_ops.WEIGHTS),
    'modules': (module_ops.PRELUDE, module_ops.CATS, module_ops.WEIGHTS),
}
ADDRESS = re.compile(r' at 0x[0-9a-f]+')
# moat's deliberate refusals (docs/SECURITY.md: no wall clock or local time
# zone, no file or process...) say so in their message; such a difference is
# policy, not a bug, and is counted apart instead of listed.
REFUSAL = 'is not available in the sandbox'
TRIAL_SECONDS = 0.2   # an operation slower than this under CPython is dropped
TRIAL_MAX_REPR = 5000  # and so is one whose result prints longer than this
TRIAL_MEMORY = 1 << 30


class _TooSlow(Exception):
    pass


def _on_alarm(*_):
    raise _TooSlow()


class Trial:
    """Evaluates candidate operations in this process, in the batch's prelude."""

    def __init__(self, prelude):
        self.namespace = {}
        exec(prelude, self.namespace)
        signal.signal(signal.SIGALRM, _on_alarm)

    def keeps(self, expression):
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            try:
                code = compile(expression, '<op>', 'eval')
            except (SyntaxError, ValueError):
                return False
            signal.setitimer(signal.ITIMER_REAL, TRIAL_SECONDS)
            try:
                with contextlib.redirect_stdout(io.StringIO()):
                    return len(repr(eval(code, self.namespace))) <= TRIAL_MAX_REPR
            except (_TooSlow, MemoryError, RecursionError):
                return False
            except BaseException:
                return True  # an exception is a result to compare
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)


def make_batch(rng, trial, prelude, cats, weights, nops):
    names = list(cats)
    name_weights = [weights[c] for c in names]
    lines = [prelude]
    ops = []
    for _ in range(nops):
        cat = rng.choices(names, name_weights)[0]
        expression = cats[cat](rng)
        if trial.keeps(expression):
            lines.append(f'P({len(ops)}, lambda: {expression})')
            ops.append((cat, expression))
    return '\n'.join(lines) + '\n', ops


def _lift_memory_limit():
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (hard, hard))


def run(cmd, path):
    env = dict(os.environ, PYTHONHASHSEED='0', PYTHONUTF8='1')
    p = subprocess.run(cmd + [path], capture_output=True, text=True, errors='backslashreplace',
                       env=env, timeout=600, preexec_fn=_lift_memory_limit)
    return p.stdout, p.stderr, p.returncode


def results_by_index(out):
    results = {}
    for line in out.split('\n'):
        index, _, value = line.partition(' ')
        if index.isdigit():
            results[int(index)] = value
    return results


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--moat', required=True, help='the moat binary')
    ap.add_argument('--suite', choices=sorted(SUITES), default='builtins')
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--batches', type=int, default=1)
    ap.add_argument('--ops', type=int, default=3000, help='operations per batch, before the trial')
    ap.add_argument('--cat', help='comma-separated categories (default: all of the suite)')
    ap.add_argument('--out', default='difffuzz-out')
    a = ap.parse_args()
    if sys.version_info[:2] != (3, 11):
        sys.exit('difffuzz.py runs under python3.11: it compares moat with the interpreter it runs in')
    prelude, all_cats, weights = SUITES[a.suite]
    cats = all_cats
    if a.cat:
        unknown = set(a.cat.split(',')) - set(all_cats)
        if unknown:
            sys.exit(f"unknown categories {sorted(unknown)}; {a.suite} has {', '.join(all_cats)}")
        cats = {c: all_cats[c] for c in a.cat.split(',')}
    # The trial runs random operations in this process: bound what they may take.
    resource.setrlimit(resource.RLIMIT_AS, (TRIAL_MEMORY, resource.getrlimit(resource.RLIMIT_AS)[1]))
    os.makedirs(a.out, exist_ok=True)
    trial = Trial(prelude)
    total = differing = refused = incomplete = 0
    by_cat = collections.Counter()
    for b in range(a.batches):
        seed = a.seed * 100000 + b
        src, ops = make_batch(random.Random(seed), trial, prelude, cats, weights, a.ops)
        path = os.path.join(a.out, f'prog_{seed}.py')
        with open(path, 'w') as f:
            f.write(src)
        py_out, py_err, py_rc = run([sys.executable, '-W', 'ignore'], path)
        moat_out, moat_err, moat_rc = run([a.moat, 'run', '--max-instructions', 'none',
                                           '--timeout', '300s'], path)
        py_results, moat_results = results_by_index(py_out), results_by_index(moat_out)
        missing = sum(1 for i in range(len(ops)) if i not in moat_results)
        if py_rc or moat_rc or missing:
            incomplete += 1
            print(f'batch {seed}: exit python3.11={py_rc} moat={moat_rc}, '
                  f'{missing} of {len(ops)} results missing from moat\n'
                  f'  python3.11: {py_err[-500:]}\n  moat: {moat_err[-500:]}')
        diffs = []
        for i, (cat, expression) in enumerate(ops):
            want = ADDRESS.sub('', py_results.get(i, '<missing>'))
            got = ADDRESS.sub('', moat_results.get(i, '<missing>'))
            if want != got and REFUSAL in got:
                refused += 1
            elif want != got:
                diffs.append(f'[{cat}] {expression}\n  py:   {want}\n  moat: {got}\n')
                by_cat[cat] += 1
        total += len(ops)
        differing += len(diffs)
        with open(os.path.join(a.out, f'diffs_{seed}.txt'), 'w') as f:
            f.write(''.join(diffs))
        if not diffs:
            os.remove(path)
    print(f'operations={total} differing={differing} refused={refused} incomplete_batches={incomplete} '
          f'by_category={dict(by_cat)}')
    return 1 if incomplete else 0


if __name__ == '__main__':
    sys.exit(main())
