# A loop whose condition is an `is not None` test (a backward conditional
# jump in 3.11 bytecode, not JUMP_BACKWARD): still a counted back edge.
# args: --max-instructions 1000000
# limit: instructions
x = 0
while x is not None:
    x += 1
