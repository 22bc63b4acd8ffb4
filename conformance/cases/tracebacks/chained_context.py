def load(key):
    store = {"a": 1}
    try:
        return store[key]
    except KeyError:
        raise RuntimeError("could not load " + key)
def main():
    return load("b")
main()
