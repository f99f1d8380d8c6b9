"""The offline map: boundaries, a widget-free painter for print, and the interactive MapView."""
