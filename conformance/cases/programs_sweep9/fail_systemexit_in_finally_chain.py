import sys
try:
    raise ValueError("first")
finally:
    print("finally")
    sys.exit("exiting from finally")
