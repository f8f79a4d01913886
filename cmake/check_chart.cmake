# Checks an SVG chart: well-formed XML (xmllint), POINTS plotted points (circles with a
# data-date), and byte for byte the checked-in EXPECTED chart.
# cmake -DXMLLINT=... -DCHART=... -DPOINTS=n -DEXPECTED=... -P check_chart.cmake
if(NOT XMLLINT)
  message(FATAL_ERROR "xmllint not found: install it (Debian: libxml2-utils) to check the chart")
endif()
execute_process(COMMAND "${XMLLINT}" --noout "${CHART}" RESULT_VARIABLE status ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${CHART} is not well-formed XML:\n${errors}")
endif()
execute_process(COMMAND "${XMLLINT}" --xpath "count(//*[local-name()='circle'][@data-date])" "${CHART}"
                OUTPUT_VARIABLE plotted RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR NOT plotted EQUAL POINTS)
  message(FATAL_ERROR "${CHART} plots '${plotted}' points, not ${POINTS}")
endif()
file(READ "${CHART}" actual)
file(READ "${EXPECTED}" expected)
if(NOT actual STREQUAL expected)
  execute_process(COMMAND diff -u "${EXPECTED}" "${CHART}" OUTPUT_VARIABLE difference)
  message(FATAL_ERROR "${CHART} differs from ${EXPECTED}:\n${difference}")
endif()
