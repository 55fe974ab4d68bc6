# The one adapter between core's chart tables and the chart library (Qt Charts): a move to
# Qt Graphs touches this folder only.
target_sources(qundesk_ui PRIVATE
    charts/ChartBuilder.cpp charts/ChartBuilder.h
    charts/ChartKind.h
    charts/ChartPanel.cpp charts/ChartPanel.h
    charts/HeatMapView.cpp charts/HeatMapView.h)
