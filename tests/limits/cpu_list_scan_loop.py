# `in` on a ten-million-element list in a loop: each scan is charged for
# the items it reads, not one instruction.
# args: --max-instructions 100000000
# limit: instructions
x = [0] * 10**7
while True:
    if 1 in x:
        break
