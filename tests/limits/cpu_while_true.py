# A bare busy loop: the instruction budget ends it.
# args: --max-instructions 1000000
# limit: instructions
while True:
    pass
