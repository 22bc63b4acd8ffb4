def run():
    raise ExceptionGroup("jobs", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
try:
    run()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
