# A linked chain of dicts that grows forever.
# args: --max-memory 64M
# limit: memory
head = None
while True:
    head = {'next': head, 'pad': 'x' * 100 + str(len('x'))}
