width = 3
height = None
area = (width * 2 + width
        + height * 2
        + width)
