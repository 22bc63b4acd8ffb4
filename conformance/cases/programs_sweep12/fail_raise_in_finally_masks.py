def save(data):
    print("saving", data)
    raise IOError("disk full")


def close_handle():
    raise RuntimeError("handle already closed")


def transaction(data):
    try:
        save(data)
    finally:
        print("closing")
        close_handle()


try:
    transaction({"x": 1})
except RuntimeError as e:
    print("caught", repr(e), "context:", repr(e.__context__))
transaction({"y": 2})
