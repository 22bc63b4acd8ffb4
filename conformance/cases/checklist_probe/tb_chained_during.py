def load(d):
    try:
        return d["key"]
    except KeyError:
        return d["fallback"] + 1

def outer():
    try:
        load({"fallback": "x"})
    finally:
        print("cleanup")

outer()
