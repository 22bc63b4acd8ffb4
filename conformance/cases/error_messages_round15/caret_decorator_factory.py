def retry(times):
    per_try = 100 // times

    def wrap(fn):
        return fn
    return wrap


@retry(0)
def fetch():
    pass
