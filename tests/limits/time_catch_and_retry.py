# The timeout cannot be caught either.
# args: --timeout 200ms --max-instructions none
# limit: time
while True:
    try:
        while True:
            pass
    except BaseException:
        print("caught")
