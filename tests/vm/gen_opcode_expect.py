"""Dumps /usr/bin/python3.11's opcode module for tests/vm/opcode_table_test.cc.

Run by CMake at build time with MOAT_PYTHON:
    python3.11 gen_opcode_expect.py OUTPUT.txt

One fact per line, so the test needs no parser beyond splitting on spaces:
    version 3.11.2
    have_argument 90
    extended_arg 144
    nb_ops 26
    op NAME NUMBER CACHE_ENTRIES
    jump NUMBER forward|backward
"""
import dis
import opcode
import sys


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: gen_opcode_expect.py OUTPUT.txt')
    if sys.version_info[:2] != (3, 11):
        sys.exit('run with /usr/bin/python3.11')
    if opcode.hasjabs:
        sys.exit('python3.11 unexpectedly has absolute jumps: %r' % opcode.hasjabs)
    lines = ['version %s' % sys.version.split()[0],
             'have_argument %d' % opcode.HAVE_ARGUMENT,
             'extended_arg %d' % opcode.EXTENDED_ARG,
             'nb_ops %d' % len(opcode._nb_ops)]
    for name, number in sorted(opcode.opmap.items(), key=lambda item: item[1]):
        lines.append('op %s %d %d' % (name, number, opcode._inline_cache_entries[number]))
    for number in sorted(opcode.hasjrel):
        # dis decides a relative jump's direction this way (dis._get_jump_target).
        lines.append('jump %d %s' % (number,
                                      'backward' if dis._is_backward_jump(number) else 'forward'))
    with open(sys.argv[1], 'w') as f:
        f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    main()
