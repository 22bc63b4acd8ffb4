class Conn:
    def __init__(self, host):
        if not host:
            raise ConnectionError("no host given")
    def __enter__(self): return self
    def __exit__(self, *a): pass
def connect(host=""):
    return Conn(host)
with connect("db") as c:
    print("connected")
with connect() as c:
    print("never")
