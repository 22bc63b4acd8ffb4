# Raising a new exception inside an except* clause chains it to the group.
def fetch(urls):
    errors = [ConnectionError(u) for u in urls if "down" in u]
    if errors:
        raise ExceptionGroup("fetch", errors)
    return len(urls)


print(fetch(["a", "b"]))
try:
    fetch(["x-down", "y", "z-down"])
except* ConnectionError as eg:
    failed = [str(e) for e in eg.exceptions]
    raise RuntimeError(f"{len(failed)} hosts down: {failed}")
