def func():
    d = (((2 == 8) >= (6 & 3)) >= 7)
    return 0
