import sys
def run():
    try:
        print("work")
        sys.exit(None)
    finally:
        print("finally runs")
run()
print("unreachable")
