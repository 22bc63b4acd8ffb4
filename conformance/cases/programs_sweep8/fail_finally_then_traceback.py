try:
    raise TypeError("t")
finally:
    print("finally before traceback")
