import { useMemo, useState } from "react";
import { activeIndex } from "../../catalog/registry";
import { usePane } from "../context";
import { useAction } from "../useAction";

/** State of the 模板 view: the chosen city and categories, and the insert/download actions. */
export function useTemplates() {
  const { ops, t } = usePane();
  const index = activeIndex();
  const cities = index.cities();
  const [cityName, setCityName] = useState(cities[0]?.name ?? "");
  const [categories, setCategories] = useState<string[]>([]);
  const city = cities.find((c) => c.name === cityName) ?? null;
  const available = useMemo(() => (city ? index.categories(city) : []), [city, index]);
  const action = useAction();

  return {
    t,
    cities,
    cityName,
    city,
    setCityName: (name: string) => {
      setCityName(name);
      setCategories([]);
    },
    available,
    categories,
    toggleCategory: (c: string, on: boolean) => setCategories((xs) => (on ? [...xs, c] : xs.filter((x) => x !== c))),
    count: city ? index.indicators(city).filter((e) => categories.length === 0 || categories.includes(e.category)).length : 0,
    ...action,
    insert: () => action.act(() => ops.insertTemplate(cityName, categories), (r) => t.inserted(r.sheetName, r.rows)),
    download: () => action.act(() => ops.downloadTemplate(cityName), (name) => t.downloaded(name)),
  };
}
