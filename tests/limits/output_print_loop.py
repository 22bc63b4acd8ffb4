# Printing forever: the output budget ends the run, and no more than the
# budget reaches stdout.
# args: --max-output 1M
# limit: output
while True:
    print("x" * 1000)
