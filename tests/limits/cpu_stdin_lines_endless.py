# A loop reading an endless input line by line, keeping nothing, is ended by
# the instruction budget (the input buffer is given back as it is read).
# args: --max-instructions 20000000 --max-memory 32M
# stdin: endless
# limit: instructions
while True:
    input().split()
