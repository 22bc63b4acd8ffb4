def cleanup(res):
    res.close()
def process():
    res = None
    try:
        res = open_resource()
    except NameError:
        cleanup(res)
process()
