# The output limit cannot be caught: after it fires nothing more is written.
# args: --max-output 1K
# limit: output
while True:
    try:
        while True:
            print("x" * 100)
    except BaseException:
        pass
