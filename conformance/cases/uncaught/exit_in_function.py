# exit() deep in calls unwinds through with blocks and finally clauses.
class Resource:
    def __enter__(self):
        print("open")
        return self

    def __exit__(self, *exc):
        print("close", exc[0].__name__)
        return False


def work():
    with Resource():
        try:
            exit(4)
        finally:
            print("cleanup")


work()
