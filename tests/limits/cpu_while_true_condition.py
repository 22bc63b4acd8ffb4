# A loop whose condition is a comparison (POP_JUMP_BACKWARD_IF_TRUE).
# args: --max-instructions 1000000
# limit: instructions
a = 1
while a < 2:
    a = 1
