"""Map geometry and drawing shared by the window and the brief: plain data, Qt painting and SVG."""
