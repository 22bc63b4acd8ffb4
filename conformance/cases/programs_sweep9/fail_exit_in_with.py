class Guard:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exit sees", et.__name__)
        raise RuntimeError("cleanup failed")

def work():
    with Guard():
        return [1, 2][5]
work()
