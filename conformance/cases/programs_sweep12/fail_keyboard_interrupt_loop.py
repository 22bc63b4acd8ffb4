def process(items):
    done = []
    for i, item in enumerate(items):
        if item == "STOP":
            raise KeyboardInterrupt
        done.append(item.upper())
    return done


try:
    print(process(["a", "b", "STOP", "c"]))
except Exception:
    print("not caught by Exception")
finally:
    print("cleanup ran")
