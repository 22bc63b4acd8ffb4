# Nested try blocks and exceptions raised in handlers.
def parse_all(items):
    results = []
    for item in items:
        try:
            try:
                results.append(int(item))
            except ValueError:
                results.append(float(item))
        except ValueError:
            results.append(None)
        except TypeError as e:
            results.append("type error: " + str(e))
    return results


print(parse_all(["1", "2.5", "x", None, "1e3", [1]]))
try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise ValueError("from handler") from e
    finally:
        print("inner finally")
except ValueError as e:
    print("outer caught", repr(e), "cause", repr(e.__cause__))
depth = []
try:
    try:
        try:
            raise IndexError("deep")
        finally:
            depth.append(1)
    finally:
        depth.append(2)
except IndexError as e:
    depth.append(3)
print(depth)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][0]
except IndexError as e:
    print(repr(e), "context:", repr(e.__context__))
