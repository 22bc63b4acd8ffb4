def process(items):
    results = []
    for item in items:
        try:
            value = 100 / int(item)
        except ValueError:
            results.append(f"{item!r}: not a number")
        except ZeroDivisionError as e:
            results.append(f"{item!r}: {e}")
        else:
            results.append(f"{item!r}: {value:.1f}")
            if value > 50:
                continue
        finally:
            results.append("|")
        results.append("after")
    return results


print(process(["4", "x", "0", "1", "-8"]))


def nested():
    try:
        try:
            raise KeyError("inner")
        except KeyError as e:
            raise ValueError("middle") from e
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e, "cause:", repr(e.__cause__))
        return "handled"
    finally:
        print("outer finally")


print(nested())
