#!/usr/bin/python3.11
"""Groups difffuzz.py's differences by the shape of the two results, largest group first.

usage: classify.py [OUT_DIR]   (default difffuzz-out)
Quoted text and numbers are masked, so one bug's many instances fall into one group;
each group shows its first two instances.
"""
import collections
import glob
import os
import re
import sys


def blocks(out_dir):
    for path in sorted(glob.glob(os.path.join(out_dir, 'diffs_*.txt'))):
        with open(path) as f:
            text = f.read()
        for block in text.split('\n['):
            lines = block.strip('\n').split('\n')
            if len(lines) >= 3:
                yield '[' + lines[0].lstrip('['), lines[1][len('  py:   '):], lines[2][len('  moat: '):]


def shape(result):
    result = re.sub(r"'[^']*'", 'Q', result)
    result = re.sub(r'"[^"]*"', 'Q', result)
    return re.sub(r'-?\d+(\.\d+)?', 'N', result)[:90]


def main():
    groups = collections.defaultdict(list)
    for op, want, got in blocks(sys.argv[1] if len(sys.argv) > 1 else 'difffuzz-out'):
        groups[(shape(want), shape(got))].append((op, want, got))
    for (want_shape, got_shape), members in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(len(members), want_shape, '||', got_shape)
        for op, want, got in members[:2]:
            print('    ', op[:150])
            print('       py  ', want[:150])
            print('       moat', got[:150])


if __name__ == '__main__':
    main()
