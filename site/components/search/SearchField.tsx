/** The query box of a search island: its label, then the box and its button in one row. */
export default function SearchField({
  id,
  label,
  name,
  onChange,
  placeholder,
  submit,
  value,
}: {
  id: string
  label: string
  /** The query parameter the box stands for. */
  name?: string
  onChange: (value: string) => void
  placeholder: string
  submit: string
  value: string
}) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <div className="row">
        <input
          id={id}
          name={name}
          type="search"
          value={value}
          placeholder={placeholder}
          autoComplete="off"
          enterKeyHint="search"
          onChange={(event) => onChange(event.target.value)}
        />
        <button type="submit">{submit}</button>
      </div>
    </>
  )
}
