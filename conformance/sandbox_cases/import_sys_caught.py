# moat policy: importing sys is refused; the ImportError can be caught.
try:
    import sys
    print(sys.version)
except ImportError as e:
    print(str(e))
print("math still works:", __name__ == "__main__")
