import traceback


def level3():
    return {"a": 1}["b"]


def level2():
    return level3()


def level1():
    try:
        return level2()
    except KeyError as e:
        raise ValueError("lookup failed") from e


try:
    level1()
except ValueError as e:
    lines = traceback.format_exception(type(e), e, e.__traceback__)
    text = "".join(lines)
    import re
    print(re.sub(r'File ".*[/\\]', 'File "', text))
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)])
    print([fs.name for fs in traceback.extract_tb(e.__cause__.__traceback__)])
    print(traceback.format_exception_only(type(e), e))
