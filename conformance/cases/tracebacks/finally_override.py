def work():
    try:
        raise ValueError("original")
    finally:
        print("in finally")
        raise TypeError("from finally")
work()
