# moat-args: --max-memory 8M
chunks = []
while True:
    chunks.append("x" * 100000)
