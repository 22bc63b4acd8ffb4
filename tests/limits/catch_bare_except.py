# A bare `except:` does not catch the limit error either.
# args: --max-instructions 1000000
# limit: instructions
while True:
    try:
        while True:
            pass
    except:
        print("caught")
