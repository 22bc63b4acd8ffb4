def outer():
    try:
        inner()
    except NameError:
        raise
outer()
