import functools
def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(times):
                try:
                    return fn(*args, **kwargs)
                except ConnectionError as e:
                    print(f"attempt {attempt + 1} failed: {e}")
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts")
        return wrapper
    return deco
@retry(2)
def fetch(url):
    raise ConnectionError(f"cannot reach {url}")
fetch("http://x")
