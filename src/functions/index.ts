/**
 * The functions entry. In the shared runtime this script and the task pane run in one page, so the
 * functions answer from the same catalogue (built-in plus the cities the workbook imported) that
 * the pane shows. The build appends CustomFunctions.associate(...) for every function in
 * functions.ts (custom-functions-metadata-plugin).
 */
import "./functions";
