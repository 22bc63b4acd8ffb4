try:
    pass
finally:
    raise ValueError("in finally with nothing pending")
