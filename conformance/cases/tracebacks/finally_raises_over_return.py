# A finally block that raises while a ZeroDivisionError propagates.
def cleanup():
    raise OSError("disk gone")
def work():
    try:
        return 1 / 0
    finally:
        cleanup()
work()
