# `finally:` inside a loop, restarting the work each time the limit would
# have ended it; `continue` in the finally would swallow a normal error.
# args: --max-instructions 1000000
# limit: instructions
while True:
    try:
        while True:
            pass
    finally:
        print("finally ran")
        continue
