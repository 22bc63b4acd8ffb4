# A `finally:` block that would loop forever after the limit: it never runs.
# args: --max-instructions 1000000
# limit: instructions
try:
    while True:
        pass
finally:
    print("finally ran")
    while True:
        pass
